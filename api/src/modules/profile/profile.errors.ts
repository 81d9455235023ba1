import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';

export class GuardianConsentRequiredError extends BadUserInputError {
  constructor(adultAge: number) {
    super('guardianConsent', Reason.GUARDIAN_CONSENT_REQUIRED, `Under ${adultAge}, a public page needs the guardian's consent`, { age: adultAge });
  }
}

export class GuardianNameMismatchError extends BadUserInputError {
  constructor() {
    super('guardianName', Reason.GUARDIAN_NAME_MISMATCH, "The guardian's name is not the one given at registration");
  }
}
