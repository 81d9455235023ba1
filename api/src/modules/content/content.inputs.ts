import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType('CreateNewsArticleInput')
export class CreateNewsArticleInput {
  @Field(() => String, { nullable: true, description: 'ASCII kebab-case, unique; generated when left out' })
  slug?: string | null;
  @Field(() => String, { description: '1..120 characters' }) title!: string;
  @Field(() => String, { description: '1..300 characters' }) summary!: string;
  @Field(() => String, { description: 'Markdown, at most 50,000 characters' }) body!: string;
  @Field(() => [String], { nullable: true, description: 'At most 10 tags of at most 20 characters' }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site' }) coverImageUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the cover, instead of coverImageUrl' }) coverImageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation this is news of; its ADMIN members may edit it' })
  organizationId?: string | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Publication date to show (not in the future); default: when published' })
  publishedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: "The activity this reports on (活动过程): one of the organisation's published activities" })
  projectId?: string | null;
}

@InputType('UpdateNewsArticleInput', { description: 'Fields left out stay as they are' })
export class UpdateNewsArticleInput {
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'null removes the cover' }) coverImageUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the cover, instead of coverImageUrl' }) coverImageId?: string | null;
  @Field(() => DateTimeResolver, { nullable: true }) publishedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'null removes the link to the activity' }) projectId?: string | null;
}

@InputType('CreateRoleModelInput')
export class CreateRoleModelInput {
  @Field(() => String, { description: 'Full name as in the honour list, 1..60 characters' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The honour, e.g. 十佳志愿者' }) honor?: string | null;
  @Field(() => String, { description: 'Plain text, 1..2000 characters' }) citation!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ID, { nullable: true, description: 'The volunteer on the platform, when there is one' }) volunteerId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site' }) photoUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the portrait, instead of photoUrl' }) photoImageId?: string | null;
}

@InputType('UpdateRoleModelInput', { description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateRoleModelInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) honor?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ID, { nullable: true }) volunteerId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true }) photoUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the portrait, instead of photoUrl' }) photoImageId?: string | null;
}

@InputType('CreateShowcaseInput')
export class CreateShowcaseInput {
  @Field(() => String, { description: '1..120 characters' }) title!: string;
  @Field(() => String, { description: '1..300 characters' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Markdown, at most 50,000 characters' }) body?: string | null;
  @Field(() => String, { nullable: true }) coverImageUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the cover, instead of coverImageUrl' }) coverImageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A published project; its organisation is used unless organizationId is given' })
  projectId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@InputType('UpdateShowcaseInput', { description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateShowcaseInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true }) coverImageUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded image (POST /media) as the cover, instead of coverImageUrl' }) coverImageId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@ObjectType('NewsTag', { description: 'A tag of published news and how many articles carry it' })
export class NewsTag {
  @Field(() => String) tag!: string;
  @Field(() => Int) count!: number;
}
