import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Transfer } from "./transfer.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of transfers: a profile's (newest first) or a batch group's (in the order they were added)." })
export class TransferConnection extends Connection(Transfer, "transfer") {}
