/**
 * Worlds to start from. Each is built through real KMS calls, so it is a world the engine
 * itself made (CloudTrail shows how), never hand-written state.
 */
import type { Kms, OperationRecord, RegionCode } from '../engine';

export type Preset = 'empty' | 'sample';
export const PRESETS: readonly Preset[] = ['empty', 'sample'];

/** Key descriptions of the sample account, in the reader's language. */
export interface SampleTexts {
  appData: string;
  backups: string;
  oldBackups: string;
  logs: string;
}

export const SAMPLE_TEXTS_EN: SampleTexts = {
  appData: 'Application data',
  backups: 'Backups',
  oldBackups: 'Old backups (disabled)',
  logs: 'Application logs',
};

/** The Regions the sample account uses. */
export const SAMPLE_REGIONS: readonly RegionCode[] = ['us-east-1', 'eu-west-1', 'sa-east-1'];

/**
 * Four symmetric keys in three Regions: alias/app-data (us-east-1, automatic rotation on),
 * alias/backups and a disabled older key (eu-west-1), alias/logs (sa-east-1).
 * Resolves to the records; throws if any call failed.
 */
export async function buildSample(
  kms: Kms,
  texts: SampleTexts = SAMPLE_TEXTS_EN,
): Promise<OperationRecord[]> {
  const records: OperationRecord[] = [];
  const check = <R extends OperationRecord>(record: R): R => {
    records.push(record);
    if (record.error) throw new Error(`sample: ${record.operation} failed: ${record.error.name}`);
    return record;
  };
  const createKey = async (region: RegionCode, description: string, alias?: string) => {
    const record = check(await kms.call('CreateKey', { Description: description }, { region }));
    const keyId = record.output?.KeyMetadata?.KeyId ?? '';
    if (alias) {
      check(await kms.call('CreateAlias', { AliasName: alias, TargetKeyId: keyId }, { region }));
    }
    return keyId;
  };
  const [east, europe, southAmerica] = SAMPLE_REGIONS as [RegionCode, RegionCode, RegionCode];
  const appData = await createKey(east, texts.appData, 'alias/app-data');
  check(await kms.call('EnableKeyRotation', { KeyId: appData }, { region: east }));
  const old = await createKey(europe, texts.oldBackups);
  check(await kms.call('DisableKey', { KeyId: old }, { region: europe }));
  await createKey(europe, texts.backups, 'alias/backups');
  await createKey(southAmerica, texts.logs, 'alias/logs');
  return records;
}
