import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { badScaToken, toScaChallenge } from "../../common/sca/sca-challenge.mapper.js";
import { isWiseError, fromWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { getFacetecPublicKey } from "../../wise/endpoints/facetec.js";
import { getOneTimeTokenStatus } from "../../wise/endpoints/sca.js";
import { JoseKeyScope } from "./sca.inputs.js";
import { WisePublicKey } from "./sca.types.js";

/** Wise errors of these reads, as the API's errors. */
async function read<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw isWiseError(error) ? fromWiseError(error) : error;
  }
}

@Resolver()
export class ScaResolver {
  @Query(() => ScaChallenge, {
    nullable: true,
    description: "A one-time token of the caller's: its challenges and which are passed. NOT_FOUND for an unknown, expired or used token, or another user's.",
  })
  async scaChallenge(@Arg("oneTimeToken", { description: "The one-time token (scaChallenge.oneTimeToken)." }) oneTimeToken: string, @Ctx() ctx: Context): Promise<ScaChallenge> {
    if (badScaToken(oneTimeToken, ["oneTimeToken"])) throw badUserInput("This is not a one-time token.", "oneTimeToken");
    return toScaChallenge(oneTimeToken, await read(() => getOneTimeTokenStatus(ctx.wise(), oneTimeToken)));
  }

  @Query(() => WisePublicKey, {
    nullable: true,
    description:
      "Partner operation (the server's client credentials): Wise's public key for a JOSE use, checking its signed answers or encrypting bodies to it. The same for every caller, so kept by the server for a few minutes. FORBIDDEN when the server has no client credentials.",
  })
  async wisePublicKey(
    @Arg("scope", () => JoseKeyScope, { description: "What the key is for." }) scope: JoseKeyScope,
    @Arg("algorithm", { description: "ES256 … PS512 for signing, RSA_OAEP_256 for encryption." }) algorithm: string,
    @Ctx() ctx: Context,
  ): Promise<WisePublicKey> {
    if (!/^[A-Z0-9_]{3,20}$/.test(algorithm)) throw badUserInput("Unknown algorithm.", "algorithm");
    const key = await read(() => ctx.wiseKeys().publicKey({ scope, algorithm }));
    return Object.assign(new WisePublicKey(), {
      version: key.version,
      scope: key.scope as JoseKeyScope,
      algorithm: key.keyMaterial.algorithm,
      keyMaterial: key.keyMaterial.keyMaterial,
    });
  }

  @Query(() => String, { nullable: true, description: "Wise's FaceTec public key (PEM): a FaceTec server exports facemaps for Wise with it." })
  async facetecPublicKey(@Ctx() ctx: Context): Promise<string> {
    return read(() => getFacetecPublicKey(ctx.wise()));
  }
}
