// Minimal local declarations for the untyped ESM libraries we call. Only what the package uses.

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519Signer {
    id: string;
    algorithm: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Ed25519Verifier {
    id: string;
    algorithm: string;
    verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
  }
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    signer(): Ed25519Signer;
    verifier(): Ed25519Verifier;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
  export function fromJwk(options: {
    jwk: Record<string, unknown>;
    secretKey?: boolean;
    id?: string;
    controller?: string;
  }): Promise<Ed25519KeyPair>;
  export function toJwk(options: {
    keyPair: Ed25519KeyPair;
    secretKey?: boolean;
  }): Promise<Record<string, string>>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string;
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
    createVerifier(options: { verificationMethod: Record<string, unknown> }): Promise<unknown>;
  }
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ecdsa-multikey' {
  import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
  export function generate(options: {
    curve: 'P-256' | 'P-384';
    id?: string;
    controller?: string;
  }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/data-integrity' {
  import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
  import type { Ed25519Signer } from '@digitalbazaar/ed25519-multikey';
  export class DataIntegrityProof {
    constructor(options: {
      signer?: Ed25519Signer;
      date?: string | Date | null;
      cryptosuite: Cryptosuite;
      legacyContext?: boolean;
    });
    verificationMethod?: string;
  }
}

declare module '@digitalbazaar/vc' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export interface VerifyResult {
    verified: boolean;
    error?: unknown;
    results?: { verified: boolean; error?: unknown; proof?: unknown }[];
  }
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: object;
    documentLoader: DocumentLoader;
    now?: string | Date;
    maxClockSkew?: number;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: object | object[];
    documentLoader: DocumentLoader;
    now?: string | Date;
    maxClockSkew?: number;
    controller?: Record<string, unknown>;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
  }): Promise<VerifyResult>;
}

declare module 'jsonld' {
  type Loader = (
    url: string,
  ) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  interface JsonLd {
    expand(input: unknown, options: { documentLoader: Loader; safe?: boolean }): Promise<unknown[]>;
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  }
  const jsonld: JsonLd;
  export default jsonld;
}

declare module 'base58-universal' {
  export function encode(input: Uint8Array): string;
  export function decode(input: string): Uint8Array;
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  import type { Ed25519Signer } from '@digitalbazaar/ed25519-multikey';
  // The library verifies only (no signer); tests sign with it to build VC 2.0 fixtures.
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: Ed25519Signer; date?: Date | string });
    type: 'Ed25519Signature2020';
  }
}

declare module 'jsonld-signatures' {
  type Loader = (
    url: string,
  ) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  interface PurposeResult {
    valid: boolean;
    error?: unknown;
  }
  class ProofPurpose {
    validate(
      proof: Record<string, unknown>,
      options: Record<string, unknown>,
    ): Promise<PurposeResult>;
  }
  interface VerifyResult {
    verified: boolean;
    error?: unknown;
    results?: {
      verified: boolean;
      error?: unknown;
      proof?: unknown;
      purposeResult?: PurposeResult;
    }[];
  }
  interface Jsigs {
    verify(
      document: Record<string, unknown>,
      options: { suite: object | object[]; purpose: ProofPurpose; documentLoader: Loader },
    ): Promise<VerifyResult>;
    sign(
      document: Record<string, unknown>,
      options: { suite: object; purpose: ProofPurpose; documentLoader: Loader },
    ): Promise<Record<string, unknown>>;
    purposes: {
      AssertionProofPurpose: new (options?: {
        controller?: Record<string, unknown>;
      }) => ProofPurpose;
      ControllerProofPurpose: new (options: {
        term: string;
        controller?: Record<string, unknown>;
      }) => ProofPurpose;
      AuthenticationProofPurpose: new (options: {
        controller?: Record<string, unknown>;
        challenge: string;
        domain?: string;
      }) => ProofPurpose;
    };
  }
  const jsigs: Jsigs;
  export default jsigs;
}
