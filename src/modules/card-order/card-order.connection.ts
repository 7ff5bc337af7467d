import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { CardOrder } from "./card-order.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a profile's card orders, newest first." })
export class CardOrderConnection extends Connection(CardOrder, "card order") {}
