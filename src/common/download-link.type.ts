import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "./scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "A file to download from this server for a few minutes: a statement file, a transfer receipt." })
export class DownloadLink {
  @Field({
    description:
      "Where to GET the file: /downloads/<id> on this server (or under its configured DOWNLOAD_BASE_URL). The URL itself is the only credential: it needs no token, so treat it as a secret and do not log or share it.",
  })
  url!: string;

  @Field(() => DateTimeScalar, { description: "When the link stops working (404 after)." })
  expiresAt!: Date;

  @Field({ description: "The file's media type, such as application/pdf or text/csv." })
  contentType!: string;

  @Field({ description: "The name the file is saved under." })
  fileName!: string;

  @Field(() => Int, { description: "The file's size in bytes." })
  byteSize!: number;
}
