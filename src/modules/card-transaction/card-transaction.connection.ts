import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { CardTransaction } from "./card-transaction.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a card's transactions, newest first." })
export class CardTransactionConnection extends Connection(CardTransaction, "transaction") {}
