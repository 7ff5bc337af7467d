import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A Wise user's access token and the refresh token that renews it, for a partner's backend to store and send as `Authorization: Bearer <accessToken>`. Treat both as passwords: this API never logs them, and they appear nowhere but in this object.",
})
export class UserToken {
  @Field({ description: "The access token: acts as the user on Wise's API until it expires (12 hours at Wise)." })
  accessToken!: string;

  @Field({ description: 'How to send it: "bearer".' })
  tokenType!: string;

  @Field(() => Int, { description: "Seconds until the access token expires, as Wise counted them when it answered." })
  expiresIn!: number;

  @Field(() => DateTimeScalar, { description: "When the access token expires." })
  expiresAt!: Date;

  @Field({ description: "The refresh token: gives new access tokens with userTokenRefresh (valid for 20 years at Wise)." })
  refreshToken!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the refresh token expires, when Wise says." })
  refreshTokenExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The token\'s scope, such as "transfers".' })
  scope!: string | null;
}
