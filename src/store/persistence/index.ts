export { openWorldDb, type UnreadableEntry, type WorldDb } from './worldDb';
export { loadWorld, saveWorld, type LoadResult, type SavedPart } from './savedWorld';
export { unreadableFileName, unreadableFileText } from './exportFile';
export { createSaver, type Saver } from './saver';
