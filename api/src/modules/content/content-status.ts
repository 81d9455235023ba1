import { registerEnumType } from 'type-graphql';

/** Public content (news, role models, showcases) is written as a draft and is public only once published. */
export enum ContentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ContentStatus, {
  name: 'ContentStatus',
  description: 'DRAFT until staff publish it; only PUBLISHED news, role models and showcases are public.',
});
