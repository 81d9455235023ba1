// Images in the graph: a team's logo, an activity's gallery, and the mutations that set them.
import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import type { StoredImage } from './image.entity.js';
import { ImageService } from './image.service.js';
import { imageStorage } from './image-storage.js';
import { Image, toImage } from './image.types.js';
import { KeyScope } from '../../common/key-scope.js';
import { PartnerScope } from '../../common/auth.js';
import { perRequest } from '../../common/request-scope.js';

@InputType('ProjectPhotoInput', { description: 'One photo of a gallery: an uploaded image and what it shows' })
export class ProjectPhotoInput {
  @Field(() => ID, { description: 'An Image ID from POST /media' })
  imageId!: string;

  @Field(() => String, { description: 'What the photo shows, for people who cannot see it (1..200 characters)' })
  alt!: string;
}

interface ImageLoaders {
  logo: DataLoader<string, StoredImage | null>;
  gallery: DataLoader<string, { image: StoredImage; alt: string }[]>;
}

function service(ctx: Context): ImageService {
  return new ImageService(ctx.em, imageStorage(ctx.settings.media));
}

const loadersFor = perRequest((ctx: Context): ImageLoaders => ({
  logo: new DataLoader(async (ids) => {
    const logos = await service(ctx).logos(ids);
    return ids.map((id) => logos.get(id) ?? null);
  }),
  gallery: new DataLoader(async (ids) => {
    const galleries = await service(ctx).galleries(ids);
    return ids.map((id) => galleries.get(id) ?? []);
  }),
}));

@Resolver(() => Organization)
export class OrganizationLogoResolver {
  @FieldResolver(() => Image, { nullable: true, description: "The team's logo (its name as alt text)" })
  async logo(@Root() org: Organization, @Ctx() ctx: Context): Promise<Image | null> {
    const stored = await loadersFor(ctx).logo.load(org.id);
    return stored ? toImage(stored, imageStorage(ctx.settings.media), org.name) : null;
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Organization, {
    description: "Sets a team's logo to an uploaded image, or removes it with null (its ADMINs and COORDINATORs, platform staff)",
  })
  setOrganizationLogo(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('imageId', () => ID, { nullable: true }) imageId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return service(ctx).setOrganizationLogo(ctx.viewer ?? ctx.partner, organizationId, imageId);
  }
}

@Resolver(() => Project)
export class ProjectPhotosResolver {
  @FieldResolver(() => [Image], { description: "The activity's photo gallery, in its order, each with its alt text" })
  async photos(@Root() project: Project, @Ctx() ctx: Context): Promise<Image[]> {
    const storage = imageStorage(ctx.settings.media);
    return (await loadersFor(ctx).gallery.load(project.id)).map((p) => toImage(p.image, storage, p.alt));
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, {
    description:
      "Sets an activity's gallery: these photos in this order (add, remove, reorder and caption in one call; at most 24). Its organisation's ADMINs and COORDINATORs, platform staff",
  })
  setProjectPhotos(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('photos', () => [ProjectPhotoInput]) photos: ProjectPhotoInput[],
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return service(ctx).setProjectPhotos(ctx.viewer ?? ctx.partner, projectId, photos);
  }
}

export const imageResolvers = [OrganizationLogoResolver, ProjectPhotosResolver] as const;
