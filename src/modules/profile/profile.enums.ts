import { registerEnumType } from "type-graphql";

export enum ProfileType {
  PERSONAL = "PERSONAL",
  BUSINESS = "BUSINESS",
}

registerEnumType(ProfileType, {
  name: "ProfileType",
  description: "Whether a profile is a person's or a company's.",
  valuesConfig: {
    PERSONAL: { description: "An individual's own profile." },
    BUSINESS: { description: "A company's profile, managed by a person." },
  },
});

export enum ProfileState {
  VISIBLE = "VISIBLE",
  HIDDEN = "HIDDEN",
  DEACTIVATED = "DEACTIVATED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ProfileState, {
  name: "ProfileState",
  description: "The lifecycle state of a profile.",
  valuesConfig: {
    VISIBLE: { description: "Active and shown to the user." },
    HIDDEN: { description: "Hidden from the user's profile list." },
    DEACTIVATED: { description: "Closed; it can no longer send money." },
    UNKNOWN: { description: "A state Wise added after this API was built; treat as not usable." },
  },
});
