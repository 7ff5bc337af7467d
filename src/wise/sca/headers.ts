/** The request header that carries a cleared (or signed) one-time token to an SCA-protected call. */
export const SCA_APPROVAL_HEADER = "x-2fa-approval";

/** The request header of the personal-token flow: the one-time token signed with the account's key. */
export const SCA_SIGNATURE_HEADER = "X-Signature";
