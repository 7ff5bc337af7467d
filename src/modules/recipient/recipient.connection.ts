import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Recipient } from "./recipient.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a profile's active recipients, oldest first." })
export class RecipientConnection extends Connection(Recipient, "recipient") {}
