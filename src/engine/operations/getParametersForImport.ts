import type {
  GetParametersForImportRequest,
  GetParametersForImportResponse,
} from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import {
  AlgorithmSpecType,
  newImportParameters,
  requireExternal,
  WrappingKeySpecType,
} from '../importMaterial';
import type { ImportParameters } from '../model';
import { defineOperation, type Output, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

export const getParametersForImport = defineOperation<
  Valid<GetParametersForImportRequest, 'KeyId' | 'WrappingAlgorithm' | 'WrappingKeySpec'>,
  Output<GetParametersForImportResponse>
>({
  name: 'GetParametersForImport',
  input: {
    KeyId: required(KeyIdType),
    WrappingAlgorithm: required(AlgorithmSpecType),
    WrappingKeySpec: required(WrappingKeySpecType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:GetParametersForImport', {
      aliases: false,
      access: {
        conditions: {
          'kms:WrappingAlgorithm': input.WrappingAlgorithm,
          'kms:WrappingKeySpec': input.WrappingKeySpec,
        },
      },
    });
    requireExternal(key);
    // The model still lists it; KMS refuses it since October 10, 2023. Unverified wording.
    if (input.WrappingAlgorithm === 'RSAES_PKCS1_V1_5') {
      throw kmsError(
        'ValidationException',
        'The RSAES_PKCS1_V1_5 wrapping algorithm is no longer supported. Use RSAES_OAEP_SHA_256 or RSA_AES_KEY_WRAP_SHA_256.',
      );
    }
    // SM2 wrapping exists only in the China Regions, which KMS Lab does not simulate; AWS's
    // wording elsewhere was not found (the sentence CreateKey uses for SM2 key specs).
    if (input.WrappingAlgorithm === 'SM2PKE' || input.WrappingKeySpec === 'SM2') {
      throw kmsError(
        'UnsupportedOperationException',
        'SM2 wrapping is supported only in the AWS China Regions.',
      );
    }
    const { parameters, publicKey, token } = await newImportParameters(
      key,
      input.WrappingAlgorithm as ImportParameters['wrappingAlgorithm'],
      input.WrappingKeySpec as ImportParameters['wrappingKeySpec'],
      ctx.now,
    );
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'import-parameters' });
    return {
      KeyId: key.arn,
      ImportToken: token,
      PublicKey: publicKey,
      ParametersValidTo: new Date(parameters.validTo),
    };
  },
});
