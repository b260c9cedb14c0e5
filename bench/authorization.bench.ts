// What authorization costs (issue 6): `npm run bench -- authorization`.
//
// Two keys in one engine: `default` has the default key policy (one statement that hands the
// key to IAM; the Application role is then allowed by its IAM policy UseAccountKeys); `policy20`
// has a 20-statement key policy with the conditions real policies use (encryption context,
// encryption context keys, kms:ViaService, kms:CallerAccount, aws:PrincipalArn, Bool, Null,
// NumericLessThan, explicit denies for other principals and for everyone, NotAction), one of
// whose statements allows the Application role directly.
//
// Measured: Encrypt of 1 KiB with a three-pair encryption context through `kms.call`, as the
// Application role (its default IAM policy), each call timed on its own; the two keys
// alternate call by call (ABAB…, the first of each round swapping), after a warm-up, so drift
// (GC, JIT, other load) falls on both alike. Every measured call must succeed and be allowed
// by the expected statement: a benchmark of refusals would measure nothing. Reported per key:
// median and p90 of µs per call; the ratio of the medians policy20/default (goal ≤ 1.5,
// printed PASS or MISS, never a failure); the per-round ratios' median and range.
//
// Authorization alone: `evaluateAccess` called directly with the inputs authorize.ts gives it
// for these calls (the same request, the parsed key policy and identity policies, no grants) —
// checked by comparing its decision with the one the engine wrote in the call's trace — in
// batches, the two keys alternating, for µs per evaluation. What that leaves out of the
// engine's authorize step (building the request, the parsed-policy cache lookup, the trace
// step) is the same for both keys but for that cache lookup, whose key holds the policy text.
import {
  createKms,
  KEY_ADMINISTRATOR_ACTIONS,
  type Kms,
  type OperationRecord,
  type Principal,
} from '../src/engine';
import {
  evaluateAccess,
  parseIdentityPolicy,
  parseKeyPolicy,
  type AccessDecision,
  type AccessPolicies,
  type AccessRequest,
  type DecidedBy,
  type PolicyDocument,
} from '../src/engine/access';
import { median, quantile, round2 } from './stats';

const PLAINTEXT_BYTES = 1024;
const CONTEXT = { tenant: 'acme-corp', 'app:component': 'billing', purpose: 'invoice-pdf' };
const WARMUP_PAIRS = 500;
const ROUNDS = 31;
const PAIRS_PER_ROUND = 100;
const EVAL_ROUNDS = 31;
const EVALS_PER_BATCH = 1000;
const GOAL_RATIO = 1.5;
/** The statement of the 20 that allows the caller. */
const DECIDING_SID = 'AllowApplicationUseWithTenantContext';

type KeyName = 'default' | 'policy20';
const KEY_NAMES: readonly KeyName[] = ['default', 'policy20'];

/** A 20-statement key policy of the kind a team writes for an application's data key. */
export function twentyStatementPolicy(accountId: string, partnerAccountId: string): string {
  const iam = (name: string) => `arn:aws:iam::${accountId}:${name}`;
  const root = iam('root');
  const useActions = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
  const Statement = [
    {
      Sid: 'EnableIamUserPermissions',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'DenyEveryoneOutsideOurAccounts',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: {
        StringNotEquals: { 'kms:CallerAccount': [accountId, partnerAccountId] },
        Null: { 'kms:CallerAccount': 'false' },
      },
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: 'DenyEncryptWithoutTenant',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncryptTo'],
      Resource: '*',
      Condition: { Null: { 'kms:EncryptionContext:tenant': 'true' } },
    },
    {
      Sid: 'DenyUnexpectedContextKeys',
      Effect: 'Deny',
      Principal: '*',
      Action: useActions,
      Resource: '*',
      Condition: {
        'ForAnyValue:StringNotLike': {
          'kms:EncryptionContextKeys': ['tenant', 'purpose', 'app:*', 'aws:*'],
        },
      },
    },
    {
      Sid: 'DenyShortDeletionWindow',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
      Condition: { NumericLessThan: { 'kms:ScheduleKeyDeletionPendingWindowInDays': '30' } },
    },
    {
      Sid: 'DenyKeyUseToAdministrators',
      Effect: 'Deny',
      Principal: { AWS: iam('role/Admin') },
      Action: useActions,
      Resource: '*',
    },
    {
      Sid: 'DevelopersOnlyRead',
      Effect: 'Deny',
      Principal: { AWS: iam('role/Developer') },
      NotAction: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
      Resource: '*',
    },
    {
      Sid: 'AllowKeyAdministration',
      Effect: 'Allow',
      Principal: { AWS: iam('role/Admin') },
      Action: [...KEY_ADMINISTRATOR_ACTIONS],
      Resource: '*',
    },
    {
      Sid: 'AllowAuditorsToRead',
      Effect: 'Allow',
      Principal: { AWS: iam('role/SecurityAuditor') },
      Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
      Resource: '*',
    },
    {
      Sid: 'AllowUseThroughS3',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: [...useActions, 'kms:DescribeKey'],
      Resource: '*',
      Condition: {
        StringEquals: {
          'kms:ViaService': 's3.us-east-1.amazonaws.com',
          'kms:CallerAccount': accountId,
        },
      },
    },
    {
      Sid: 'AllowUseThroughSecretsManager',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: useActions,
      Resource: '*',
      Condition: {
        StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' },
        StringEquals: { 'kms:CallerAccount': accountId },
      },
    },
    {
      Sid: 'AllowEbsGrantsForAwsResources',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: {
        Bool: { 'kms:GrantIsForAWSResource': 'true' },
        StringEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
      },
    },
    {
      Sid: 'AllowLambdaToDecryptItsEnvironment',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:ViaService': 'lambda.us-east-1.amazonaws.com' },
        StringLike: {
          'kms:EncryptionContext:aws:lambda:FunctionArn': `arn:aws:lambda:us-east-1:${accountId}:function:*`,
        },
      },
    },
    {
      Sid: 'AllowPartnerWithItsContext',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${partnerAccountId}:role/PartnerApp` },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:EncryptionContext:partner': 'invoices' },
        StringEqualsIgnoreCase: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' },
      },
    },
    {
      Sid: 'AllowUseThroughTheAppAlias',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      Condition: {
        'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/app-data' },
        StringEquals: { 'kms:RequestAlias': 'alias/app-data' },
      },
    },
    {
      Sid: DECIDING_SID,
      Effect: 'Allow',
      Principal: { AWS: iam('role/Application') },
      Action: useActions,
      Resource: '*',
      Condition: {
        StringEquals: {
          'kms:EncryptionContext:tenant': ['acme-corp', 'globex'],
          'kms:CallerAccount': accountId,
          'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT',
        },
        'ForAnyValue:StringLike': { 'kms:EncryptionContextKeys': ['tenant', 'app:*'] },
        ArnLike: { 'aws:PrincipalArn': iam('role/Applica*') },
      },
    },
    {
      Sid: 'AllowApplicationToDescribe',
      Effect: 'Allow',
      Principal: { AWS: iam('role/Application') },
      Action: 'kms:DescribeKey',
      Resource: '*',
    },
    {
      Sid: 'AllowAttachmentOfPersistentResources',
      Effect: 'Allow',
      Principal: { AWS: iam('role/Application') },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
    {
      Sid: 'AllowSessionsOfTheAppRoleToRetire',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: 'kms:RetireGrant',
      Resource: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': iam('role/Application') } },
    },
  ];
  return JSON.stringify({ Version: '2012-10-17', Id: 'app-data-key-policy', Statement }, null, 2);
}

const fail = (what: string): never => {
  throw new Error(`bench: ${what}`);
};

function parsed(result: ReturnType<typeof parseKeyPolicy>, what: string): PolicyDocument {
  if (!result.ok) return fail(`${what} does not parse: ${JSON.stringify(result.problems)}`);
  return result.policy;
}

/** The authorize step the engine wrote for a call. */
function authorizeStep(record: OperationRecord) {
  const step = record.trace.find((s) => s.type === 'authorize');
  if (!step || step.type !== 'authorize') return fail(`${record.operation}: no authorize step`);
  return step;
}

/** `key-policy#16 AllowX`, `identity-policy UseAccountKeys#0 UseAccountKeys`. */
function describe(by: DecidedBy | undefined): string {
  if (!by) return 'nothing';
  const where = by.policyName !== undefined ? ` ${by.policyName}` : '';
  return `${by.source}${where}#${by.statementIndex ?? '?'} ${by.sid ?? ''}`.trim();
}

async function createKey(kms: Kms, policy?: string): Promise<{ keyId: string; arn: string }> {
  const created = await kms.call('CreateKey', {
    Description: `bench: authorization (${policy ? '20-statement' : 'default'} policy)`,
    ...(policy !== undefined ? { Policy: policy } : {}),
  });
  if (created.error) fail(`CreateKey: ${created.error.name}: ${created.error.message}`);
  const meta = created.output!.KeyMetadata!;
  return { keyId: meta.KeyId!, arn: meta.Arn! };
}

export default async function () {
  const kms = createKms();
  const accountId = kms.accountId;
  const app: Principal = kms.principal('application');
  const partnerAccountId = kms.principal('partner').accountId;
  const policy20 = twentyStatementPolicy(accountId, partnerAccountId);
  const keys: Record<KeyName, { keyId: string; arn: string }> = {
    default: await createKey(kms),
    policy20: await createKey(kms, policy20),
  };
  const plaintext = crypto.getRandomValues(new Uint8Array(PLAINTEXT_BYTES));

  const encrypt = (
    name: KeyName,
    options: { context?: Record<string, string>; as?: Principal } = {},
  ) =>
    kms.call(
      'Encrypt',
      {
        KeyId: keys[name].keyId,
        Plaintext: plaintext,
        EncryptionContext: options.context ?? CONTEXT,
      },
      { principal: options.as ?? app },
    );

  // The policy is live: its conditions and denies refuse what they should. Checked before
  // anything is measured, so a policy that allowed everything could not pass for a hard one.
  const refusals: Array<[string, () => Promise<OperationRecord>, string]> = [
    [
      'no tenant',
      () => encrypt('policy20', { context: { purpose: 'x' } }),
      'DenyEncryptWithoutTenant',
    ],
    [
      'an unexpected context key',
      () => encrypt('policy20', { context: { ...CONTEXT, other: '1' } }),
      'DenyUnexpectedContextKeys',
    ],
    [
      'the Developer role',
      () => encrypt('policy20', { as: kms.principal('developer') }),
      'DevelopersOnlyRead',
    ],
    [
      'the Admin role',
      () => encrypt('policy20', { as: kms.principal('admin') }),
      'DenyKeyUseToAdministrators',
    ],
  ];
  for (const [what, run, sid] of refusals) {
    const record = await run();
    const by = authorizeStep(record).decidedBy as DecidedBy | undefined;
    if (
      record.error?.name !== 'AccessDeniedException' ||
      by?.source !== 'key-policy' ||
      by.sid !== sid
    )
      fail(
        `20-statement policy: Encrypt with ${what} should be denied by ${sid}, got ${record.error?.name ?? 'success'} (${describe(by)})`,
      );
  }

  // What must decide each measured call.
  const expected: Record<KeyName, string> = {
    default: 'identity-policy',
    policy20: `key-policy ${DECIDING_SID}`,
  };
  const decided: Partial<Record<KeyName, string>> = {};
  const call = async (name: KeyName): Promise<OperationRecord> => {
    const record = await encrypt(name);
    if (record.error)
      fail(`Encrypt (${name} policy): ${record.error.name}: ${record.error.message}`);
    return record;
  };
  for (const name of KEY_NAMES) {
    const step = authorizeStep(await call(name));
    const by = step.decidedBy as { source: string; sid?: string } | undefined;
    const got = by?.source === 'key-policy' ? `key-policy ${by.sid}` : (by?.source ?? 'nothing');
    if (step.decision !== 'allow' || got !== expected[name])
      fail(
        `Encrypt (${name} policy) should be allowed by ${expected[name]}, got ${step.decision} by ${got}`,
      );
    decided[name] =
      describe(step.decidedBy as DecidedBy) +
      (step.enabledBy ? `, enabled by ${describe(step.enabledBy)}` : '');
  }

  for (let i = 0; i < WARMUP_PAIRS; i++) for (const name of KEY_NAMES) await call(name);

  // The engine, call by call, ABAB….
  const calls: Record<KeyName, number[]> = { default: [], policy20: [] };
  const roundRatios: number[] = [];
  let measuredCalls = 0;
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? KEY_NAMES : [...KEY_NAMES].reverse();
    const round: Record<KeyName, number[]> = { default: [], policy20: [] };
    for (let i = 0; i < PAIRS_PER_ROUND; i++) {
      for (const name of order) {
        const t0 = performance.now();
        await call(name); // throws on any error: every measured call succeeded
        round[name].push((performance.now() - t0) * 1000);
        measuredCalls++;
      }
    }
    for (const name of KEY_NAMES) calls[name].push(...round[name]);
    roundRatios.push(median(round.policy20) / median(round.default));
  }
  const measuredSeconds = (performance.now() - started) / 1000;

  // Authorization alone: evaluateAccess with the inputs authorize.ts builds for these calls.
  const identityPolicies = Object.entries(kms.identityPolicies('application')).map(
    ([name, text]) => ({
      name,
      document: parsed(parseIdentityPolicy(text), `identity policy ${name}`),
    }),
  );
  const evalInputs = {} as Record<
    KeyName,
    { request: AccessRequest; policies: AccessPolicies; statements: number }
  >;
  for (const name of KEY_NAMES) {
    const got = await kms.call('GetKeyPolicy', { KeyId: keys[name].keyId });
    if (got.error) fail(`GetKeyPolicy: ${got.error.name}`);
    const request: AccessRequest = {
      principal: {
        arn: app.arn,
        accountId: app.accountId,
        type: app.type,
        ...(app.sessionIssuer ? { roleArn: app.sessionIssuer.arn } : {}),
      },
      action: 'kms:Encrypt',
      resource: keys[name].arn,
      keyAccountId: accountId,
      encryptionContext: CONTEXT,
      context: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' },
    };
    const keyPolicy = parsed(parseKeyPolicy(got.output!.Policy!), `${name} key policy`);
    const policies: AccessPolicies = {
      keyPolicy,
      identityPolicies,
      grants: [],
    };
    const decision: AccessDecision = evaluateAccess(request, policies);
    const same =
      decision.decision === 'allow' &&
      describe(decision.decidedBy) +
        (decision.enabledBy ? `, enabled by ${describe(decision.enabledBy)}` : '') ===
        decided[name];
    if (!same)
      fail(
        `evaluateAccess (${name}) decided ${decision.decision} by ${describe(decision.decidedBy)}, the engine by ${decided[name]}: not the same inputs`,
      );
    const statements = keyPolicy.statements.length;
    if (statements !== (name === 'policy20' ? 20 : 1))
      fail(`${name} key policy has ${statements} statements`);
    evalInputs[name] = { request, policies, statements };
  }
  for (let i = 0; i < EVALS_PER_BATCH; i++)
    for (const name of KEY_NAMES)
      evaluateAccess(evalInputs[name].request, evalInputs[name].policies);
  const evals: Record<KeyName, number[]> = { default: [], policy20: [] };
  let allowed = 0;
  for (let r = 0; r < EVAL_ROUNDS; r++) {
    const order = r % 2 === 0 ? KEY_NAMES : [...KEY_NAMES].reverse();
    for (const name of order) {
      const { request, policies } = evalInputs[name];
      const t0 = performance.now();
      for (let i = 0; i < EVALS_PER_BATCH; i++)
        if (evaluateAccess(request, policies).decision === 'allow') allowed++;
      evals[name].push(((performance.now() - t0) * 1000) / EVALS_PER_BATCH);
    }
  }
  if (allowed !== EVAL_ROUNDS * EVALS_PER_BATCH * KEY_NAMES.length)
    fail('evaluateAccess denied a measured request');

  const perKey = (name: KeyName) => ({
    keyPolicyStatements: evalInputs[name].statements,
    decidedBy: decided[name],
    encryptMedianUs: round2(median(calls[name])),
    encryptP90Us: round2(quantile(calls[name], 0.9)),
    evaluateAccessMedianUs: round2(median(evals[name])),
    evaluateAccessP90Us: round2(quantile(evals[name], 0.9)),
    evaluateAccessShareOfEncrypt: round2(median(evals[name]) / median(calls[name])),
  });
  const results = { default: perKey('default'), policy20: perKey('policy20') };
  const ratio = median(calls.policy20) / median(calls.default);
  const verdict = ratio <= GOAL_RATIO ? 'PASS' : 'MISS';
  const evalRatio = median(evals.policy20) / median(evals.default);
  const callDelta = median(calls.policy20) - median(calls.default);
  const evalDelta = median(evals.policy20) - median(evals.default);

  console.log(
    `authorization: Encrypt 1 KiB with context as the Application role — default policy ` +
      `${results.default.encryptMedianUs} µs (p90 ${results.default.encryptP90Us}), 20-statement ` +
      `policy ${results.policy20.encryptMedianUs} µs (p90 ${results.policy20.encryptP90Us}); ` +
      `${measuredCalls} calls, ABAB`,
  );
  console.log(
    `authorization: median ratio 20-statement/default ${round2(ratio)} (goal ≤ ${GOAL_RATIO}: ${verdict}); ` +
      `per-round ratios ${round2(Math.min(...roundRatios))}–${round2(Math.max(...roundRatios))}`,
  );
  console.log(
    `authorization: evaluateAccess alone ${results.default.evaluateAccessMedianUs} µs vs ` +
      `${results.policy20.evaluateAccessMedianUs} µs (×${round2(evalRatio)}); ` +
      `it explains ${round2(evalDelta)} of the ${round2(callDelta)} µs difference per call`,
  );

  return {
    name: 'authorization',
    results: {
      workload: {
        operation: 'Encrypt',
        plaintextBytes: PLAINTEXT_BYTES,
        encryptionContextPairs: Object.keys(CONTEXT).length,
        caller: app.arn,
        rounds: ROUNDS,
        pairsPerRound: PAIRS_PER_ROUND,
        warmupPairs: WARMUP_PAIRS,
        measuredCalls,
        allMeasuredCallsAllowed: true,
        measuredSeconds: round2(measuredSeconds),
        evaluateAccess: { rounds: EVAL_ROUNDS, evaluationsPerBatch: EVALS_PER_BATCH },
      },
      ...results,
      ratio: {
        policy20OverDefault: {
          median: round2(ratio),
          goal: GOAL_RATIO,
          verdict,
          perRound: {
            median: round2(median(roundRatios)),
            min: round2(Math.min(...roundRatios)),
            max: round2(Math.max(...roundRatios)),
          },
        },
        evaluateAccess: round2(evalRatio),
      },
      differencePerCallUs: { encrypt: round2(callDelta), evaluateAccess: round2(evalDelta) },
    },
  };
}
