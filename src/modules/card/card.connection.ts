import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Card } from "./card.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a profile's cards, oldest first." })
export class CardConnection extends Connection(Card, "card") {}
