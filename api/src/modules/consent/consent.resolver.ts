import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import { contactLine } from '../../common/site-settings.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { AcceptedDocumentInput } from './consent.inputs.js';
import { ConsentService } from './consent.service.js';
import { CURRENT_LEGAL_DOCUMENTS, LegalDocumentKind, type LegalDocumentVersion } from './legal-document.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';

@ObjectType('LegalSection')
class LegalSection {
  @Field(() => String) heading!: string;
  @Field(() => [String]) paragraphs!: string[];
}

@ObjectType('LegalText', { description: 'A legal document in one language, with the operator and contact filled in' })
class LegalTextObject {
  @Field(() => String) title!: string;
  @Field(() => [LegalSection]) sections!: LegalSection[];
}

@ObjectType('LegalDocument', { description: 'A version of the user agreement or the privacy policy' })
export class LegalDocument {
  @Field(() => LegalDocumentKind) kind!: LegalDocumentKind;
  @Field(() => String, { description: 'The date the text took effect (YYYY-MM-DD); a new text is a new version' }) version!: string;
  @Field(() => LegalTextObject) zh!: LegalTextObject;
  @Field(() => LegalTextObject) en!: LegalTextObject;
}

@ObjectType('SiteInfo', { description: 'Who runs this installation (the footer, the legal pages)' })
export class SiteInfo {
  @Field(() => String, { description: '运营单位' }) operator!: string;
  @Field(() => String, { nullable: true, description: '主管单位' }) supervisor!: string | null;
  @Field(() => String, { nullable: true, description: '服务热线' }) hotline!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'ICP 备案号' }) icpNumber!: string | null;
  @Field(() => String, { nullable: true, description: '公安备案号' }) publicSecurityFiling!: string | null;
}

function documentFor(doc: LegalDocumentVersion, ctx: Context): LegalDocument {
  const fill = (text: string) => text.replaceAll('{operator}', ctx.settings.site.operator).replaceAll('{contact}', contactLine(ctx.settings.site));
  const localized = (lang: 'zh' | 'en') => ({
    title: doc[lang].title,
    sections: doc[lang].sections.map((s) => ({ heading: fill(s.heading), paragraphs: s.paragraphs.map(fill) })),
  });
  return { kind: doc.kind, version: doc.version, zh: localized('zh'), en: localized('en') };
}

@Resolver()
export class ConsentResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => [LegalDocument], { description: 'The user agreement and the privacy policy in force' })
  legalDocuments(@Ctx() ctx: Context): LegalDocument[] {
    return CURRENT_LEGAL_DOCUMENTS.map((d) => documentFor(d, ctx));
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => SiteInfo, { description: 'Who runs this installation' })
  siteInfo(@Ctx() ctx: Context): SiteInfo {
    return { ...ctx.settings.site };
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => [LegalDocument], {
    description:
      'The signed-in volunteer accepts the documents in force, each at the version shown (BAD_USER_INPUT when one changed meanwhile); returns those still to accept (none)',
  })
  async acceptLegalDocuments(@Arg('accepted', () => [AcceptedDocumentInput]) accepted: AcceptedDocumentInput[], @Ctx() ctx: Context): Promise<LegalDocument[]> {
    const viewer = requireViewer(ctx.viewer);
    return (await new ConsentService(ctx.em).accept(viewer.volunteerId, accepted)).map((d) => documentFor(d, ctx));
  }
}

@Resolver(() => Volunteer)
export class VolunteerConsentResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => [LegalDocument], {
    nullable: true,
    description:
      'Documents in force the volunteer has not accepted at their current version (asked again when a text changes); the volunteer only, null for others',
  })
  async pendingConsents(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<LegalDocument[] | null> {
    if (ctx.viewer?.volunteerId !== volunteer.id) return null;
    return (await new ConsentService(ctx.em).pending(volunteer.id)).map((d) => documentFor(d, ctx));
  }
}
