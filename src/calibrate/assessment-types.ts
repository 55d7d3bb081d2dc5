/**
 * The whole-assessment additions to a county-year file (contract §1), as the calibration writes
 * them. Field names are the schema's; kept here so the generator does not depend on when the
 * generated types catch up.
 */

export type DeclarationItem =
  | 'layoutPlan'
  | 'unifiedStandards'
  | 'performancePay'
  | 'postsAllocation'
  | 'quotaTilted'
  | 'leftBehindCare'
  | 'charterAndIT'
  | 'itTeaching'
  | 'moralEducation'
  | 'fullCurriculum'
  | 'homeworkBurden'
  | 'monitoringGood';

export type VetoItem =
  | 'examAdmission'
  | 'illegalChoice'
  | 'keySchools'
  | 'unfilledPosts'
  | 'majorIncident'
  | 'falsification'
  | 'offCampusTutoring';

export interface Declaration {
  item: DeclarationItem;
  met: boolean;
  note?: string;
}

export interface Veto {
  item: VetoItem;
  present: boolean;
  note?: string;
}

export interface Evidence {
  item: DeclarationItem | VetoItem;
  title: string;
  number?: string;
  date?: string;
  link?: string;
}

export interface CountyNumbers {
  specialEducation?: { publicFunds?: number; students?: number };
  teacherPay?: { teachers?: number; civilServants?: number };
  rotation?: { eligible?: number; rotated?: number; keyRotated?: number };
  nearbyEnrollment?: { primary?: number; junior?: number };
  quotaAllocation?: { places?: number; allocated?: number };
  migrantChildren?: { eligible?: number; inPublic?: number };
  disabledChildren?: { eligible?: number; enrolled?: number };
  juniorCohort?: {
    entrants?: number;
    transfersIn?: number;
    transfersOut?: number;
    deaths?: number;
    graduates?: number;
    formula?: 'plain' | 'net';
  };
}

export interface QualityMonitoring {
  subject: string;
  year: number;
  level: number;
  difference: number;
}

export interface RecognitionSurvey {
  rate: number;
  date?: string;
  respondents?: number;
}

export interface GovernmentScore {
  self?: number;
  municipal?: number;
  provincial?: number;
}

export interface GovernmentScoreItem {
  area: string;
  item: string;
  points?: number;
  met?: boolean;
  self?: number;
  municipal?: number;
  provincial?: number;
}

/** County-level additions, in the order the file lists them. */
export interface CountyAssessment {
  numbers?: CountyNumbers;
  declarations?: Declaration[];
  vetoes?: Veto[];
  evidence?: Evidence[];
  qualityMonitoring?: QualityMonitoring[];
  recognitionSurvey?: RecognitionSurvey;
  governmentScore?: GovernmentScore;
  governmentScoreItems?: GovernmentScoreItem[];
}

/** School-row additions: per 学段 teacher counts, music and art rooms, funds. */
export interface LevelAdditions {
  certifiedTeachers?: number;
  trainedTeachers?: number;
}

export interface FacilityAdditions {
  musicRooms?: number;
  musicRoomMinArea?: number;
  artRooms?: number;
  artRoomMinArea?: number;
}

export interface SchoolFunds {
  publicFunds: number;
  trainingSpend?: number;
}
