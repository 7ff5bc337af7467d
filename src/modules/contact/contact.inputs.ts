import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";

@InputType({ description: "Who to look up: a Wisetag, an email address or a phone number of another Wise profile." })
export class ContactCreateInput {
  @Field(() => ID, { description: "The global ID of the profile whose contacts the contact joins." })
  profileId!: string;

  @Field({ description: 'A Wisetag ("@JonathanP"), an email address, or a phone number in international form ("+447700900123"); at most 254 characters.' })
  identifier!: string;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "The currency the sender means to send the contact." })
  targetCurrency?: string | null;
}
