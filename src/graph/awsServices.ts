/**
 * The AWS services a Region shows (S3, EBS, RDS, Parameter Store, Secrets Manager), and the
 * AWS owned key beside it. One rule: a Region draws a service that keeps something there, or
 * that the record on stage involves there — so its node is on the canvas before the request
 * travels to it, and stays while it keeps anything. Likewise the AWS owned key: drawn when
 * something in the Region is protected by one, or when the record on stage uses one.
 * Computed from the world view and the record on stage; nothing of it is stored.
 */
import {
  AWS_SERVICE_NAMES,
  serviceOfPrincipal,
  type AwsServiceName,
  type StoredItemView,
  type WorldView,
} from '../engine';
import type { PlayableRecord } from './localRecord';

/** The service the record on stage involves, where, and whether it uses an AWS owned key. */
export interface StagedService {
  region: string;
  service: AwsServiceName;
  awsOwned: boolean;
}

/**
 * The AWS service behind a record: the one a local record names, or the one that called KMS
 * (for a principal, `invokedBy`; by itself, as its service principal). KMS's own events: none.
 */
export function serviceOfRecord(record: PlayableRecord): AwsServiceName | undefined {
  if (record.kind === 'local') return record.service;
  if (record.kind === 'service-event') return undefined;
  return serviceOfPrincipal(record.invokedBy ?? record.principal);
}

/** What the record on stage (if any) puts on the canvas besides the world. */
export function stagedService(record: PlayableRecord | undefined): StagedService | undefined {
  const service = record && serviceOfRecord(record);
  if (!record || !service) return undefined;
  const awsOwned =
    record.kind === 'local' &&
    (record.action === 'aws-owned-encrypt' || record.action === 'aws-owned-decrypt');
  return { region: record.region, service, awsOwned };
}

/** What one service keeps in a Region, as its node shows it. */
export interface RegionService {
  service: AwsServiceName;
  /** How many items it keeps. */
  items: number;
  /** The ARNs of the KMS keys protecting them, distinct, in the order first used. */
  keyArns: string[];
  /** How many of them an AWS owned key protects. */
  awsOwnedItems: number;
}

export interface RegionServices {
  /** In the catalogue's order (S3, EBS, RDS, Parameter Store, Secrets Manager). */
  services: RegionService[];
  /** The services whose items an AWS owned key protects (or that use one on stage). */
  awsOwned: AwsServiceName[];
}

const NONE: readonly StoredItemView[] = [];

/** The services a Region draws, and who uses an AWS owned key there (see the module's rule). */
export function regionServices(
  view: WorldView,
  region: string,
  staged?: StagedService,
): RegionServices {
  const stored = view.regions.find((r) => r.code === region)?.stored ?? NONE;
  const here = staged?.region === region ? staged : undefined;
  const services: RegionService[] = [];
  const awsOwned: AwsServiceName[] = [];
  for (const service of AWS_SERVICE_NAMES) {
    const items = stored.filter((item) => item.service === service);
    const keyArns = [
      ...new Set(items.flatMap((i) => (i.protection.kind === 'kms' ? [i.protection.keyArn] : []))),
    ];
    const awsOwnedItems = items.filter((i) => i.protection.kind === 'aws-owned').length;
    if (items.length > 0 || here?.service === service)
      services.push({ service, items: items.length, keyArns, awsOwnedItems });
    if (awsOwnedItems > 0 || (here?.service === service && here.awsOwned)) awsOwned.push(service);
  }
  return { services, awsOwned };
}
