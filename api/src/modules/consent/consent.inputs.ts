import { Field, InputType } from 'type-graphql';
import { LegalDocumentKind } from './legal-document.js';

@InputType('AcceptedDocumentInput', { description: 'A legal document the volunteer read and accepts, at the version shown' })
export class AcceptedDocumentInput {
  @Field(() => LegalDocumentKind) document!: LegalDocumentKind;
  @Field(() => String) version!: string;
}
