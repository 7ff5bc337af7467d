import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Transfer } from "./transfer.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a profile's transfers, newest first." })
export class TransferConnection extends Connection(Transfer, "transfer") {}
