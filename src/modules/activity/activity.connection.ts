import { ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Activity } from "./activity.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of a profile's activity feed, newest first." })
export class ActivityConnection extends Connection(Activity, "activity", "activities") {}
