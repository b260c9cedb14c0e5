import { useMemo } from 'react';
import { checkPolicy, type PolicyKind } from '../../store/policyCheck';
import { locateProblems, type PolicyDiagnostic } from './diagnostics';

/** The problems of a policy draft, placed in its text; empty when the checker accepts it. */
export function usePolicyCheck(text: string, kind: PolicyKind): PolicyDiagnostic[] {
  return useMemo(() => locateProblems(text, checkPolicy(text, kind)), [text, kind]);
}
