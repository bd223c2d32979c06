/** Open Badges 3.0 data model (VC 2.0 flavour). Extra properties allowed by the spec pass through untouched. */
export type JsonObject = Record<string, unknown>;

export interface Image {
  id: string;
  type: 'Image';
  caption?: string;
}

export interface Criteria {
  id?: string;
  narrative?: string;
}

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
  targetType?: string;
}

export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: string;
  allowedValue?: string[];
  requiredValue?: string;
  valueMin?: string;
  valueMax?: string;
  alignment?: Alignment[];
}

export interface Result {
  type: ['Result'];
  resultDescription?: string;
  value?: string;
  status?:
    'Completed' | 'Enrolled' | 'Failed' | 'InProgress' | 'OnHold' | 'Provisional' | 'Withdrew';
  achievedLevel?: string;
  alignment?: Alignment[];
}

export interface Profile {
  id: string;
  type: string[];
  name?: string;
  url?: string;
  email?: string;
  description?: string;
  image?: Image;
  [extra: string]: unknown;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  name: string;
  description: string;
  criteria: Criteria;
  achievementType?: string;
  image?: Image;
  alignment?: Alignment[];
  resultDescription?: ResultDescription[];
  tag?: string[];
  creator?: Profile;
  inLanguage?: string;
  [extra: string]: unknown;
}

export interface IdentityObject {
  type: 'IdentityObject';
  hashed: boolean;
  identityHash: string;
  identityType: string;
  salt?: string;
}

export interface AchievementSubject {
  id?: string;
  type: ['AchievementSubject'];
  identifier?: IdentityObject[];
  achievement: Achievement;
  result?: Result[];
  activityStartDate?: string;
  activityEndDate?: string;
  [extra: string]: unknown;
}

export interface Evidence {
  id?: string;
  type: ['Evidence'];
  narrative?: string;
  name?: string;
  description?: string;
  genre?: string;
  audience?: string;
}

export interface CredentialSchema {
  id: string;
  type: '1EdTechJsonSchemaValidator2019';
}

export interface CredentialStatus {
  id?: string;
  type: string;
  [extra: string]: unknown;
}

export interface Proof {
  type: string;
  cryptosuite?: string;
  created?: string;
  verificationMethod?: string;
  proofPurpose?: string;
  proofValue?: string;
  [extra: string]: unknown;
}

interface CredentialBase {
  '@context': string[];
  id: string;
  type: string[];
  issuer: Profile;
  validFrom: string;
  validUntil?: string;
  name: string;
  description?: string;
  credentialSchema: CredentialSchema[];
  credentialStatus?: CredentialStatus;
  proof?: Proof[];
  [extra: string]: unknown;
}

export interface AchievementCredential extends CredentialBase {
  credentialSubject: AchievementSubject;
  evidence?: Evidence[];
  endorsement?: EndorsementCredential[];
  awardedDate?: string;
  image?: Image;
}
/** OB 3.0 accepts both names for the same class. */
export type OpenBadgeCredential = AchievementCredential;

export interface EndorsementSubject {
  id: string;
  type: ['EndorsementSubject'];
  endorsementComment?: string;
}

export interface EndorsementCredential extends CredentialBase {
  credentialSubject: EndorsementSubject;
}
