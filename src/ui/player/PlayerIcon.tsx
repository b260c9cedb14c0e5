/** The player's control glyphs, drawn on a 16×16 grid in the current text colour. */
const PATHS = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M4 2.5h3v11H4zM9 2.5h3v11H9z',
  previous: 'M12 2.5v11l-7-5.5zM3 2.5h2v11H3z',
  next: 'M4 2.5v11l7-5.5zM11 2.5h2v11h-2z',
  replay: 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.8.6A3.6 3.6 0 1 0 8 4.4V7L4 3.5 8 0z',
  skip: 'M2 2.5v11l5.5-5.5zM8 2.5v11l5.5-5.5zM13.5 2.5h1.5v11h-1.5z',
  help: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.1 11.4a1 1 0 1 1 0-2 1 1 0 0 1 0 2zM9.3 8c-.6.4-.7.6-.7 1.2H7.2c0-1.1.3-1.6 1.1-2.1.6-.4.8-.6.8-1.1 0-.5-.4-.8-1-.8-.7 0-1.1.4-1.1 1H5.6c0-1.5 1-2.4 2.6-2.4 1.5 0 2.5.8 2.5 2 0 1-.5 1.5-1.4 2.2z',
} as const;

export type PlayerIconName = keyof typeof PATHS;

export function PlayerIcon({ name }: { name: PlayerIconName }) {
  return (
    <svg viewBox="0 0 16 16" className="size-4" fill="currentColor" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
