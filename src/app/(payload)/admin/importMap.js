import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStatusCell as TranslationStatusCell_e250bb12c9f3a328c9bea864b4a82836 } from '../../../../src/admin/TranslationStatusCell'
import { TranslationStatusField as TranslationStatusField_871039c959d31f293842734935a13ce8 } from '../../../../src/admin/TranslationStatusField'
import { TrailExport as TrailExport_f96ec11a9b5aacebad2491386d5245a4 } from '../../../../src/admin/TrailExport'
import { AuditDashboardLink as AuditDashboardLink_4f2e1d2b7f21847170251b97b118ade6 } from '../../../../src/admin/AuditLinks'
import { ReviewNavLink as ReviewNavLink_5e85eeceb2df972a2c595a823b0b37bb } from '../../../../src/admin/ReviewLinks'
import { AuditNavLink as AuditNavLink_4f2e1d2b7f21847170251b97b118ade6 } from '../../../../src/admin/AuditLinks'
import { AppointmentsNavLink as AppointmentsNavLink_6caebf09f00c78b25dbf85985b9b6331 } from '../../../../src/admin/AppointmentsLinks'
import { TranslationsNavLink as TranslationsNavLink_de51912cac9e4ac6199a4caa4c144cd4 } from '../../../../src/admin/TranslationLinks'
import { AuditDashboardView as AuditDashboardView_388b073677502a2b7cdae7c0158cd07b } from '../../../../src/admin/AuditDashboardView'
import { SurveyResultsView as SurveyResultsView_e9ea3a9aa4758da619f1cad4021e5d6d } from '../../../../src/admin/SurveyResultsView'
import { AppointmentsView as AppointmentsView_48657ad7c9f333ecec24dd925ba838bb } from '../../../../src/admin/AppointmentsView'
import { TranslationsView as TranslationsView_95518fd95ddaf66dd5d7ea003d0fc1d5 } from '../../../../src/admin/TranslationsView'
import { ReviewQueueView as ReviewQueueView_e9f721c8f5a6ab31da03d82a4c35926b } from '../../../../src/admin/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_e250bb12c9f3a328c9bea864b4a82836,
  "/src/admin/TranslationStatusField#TranslationStatusField": TranslationStatusField_871039c959d31f293842734935a13ce8,
  "/src/admin/TrailExport#TrailExport": TrailExport_f96ec11a9b5aacebad2491386d5245a4,
  "/src/admin/AuditLinks#AuditDashboardLink": AuditDashboardLink_4f2e1d2b7f21847170251b97b118ade6,
  "/src/admin/ReviewLinks#ReviewNavLink": ReviewNavLink_5e85eeceb2df972a2c595a823b0b37bb,
  "/src/admin/AuditLinks#AuditNavLink": AuditNavLink_4f2e1d2b7f21847170251b97b118ade6,
  "/src/admin/AppointmentsLinks#AppointmentsNavLink": AppointmentsNavLink_6caebf09f00c78b25dbf85985b9b6331,
  "/src/admin/TranslationLinks#TranslationsNavLink": TranslationsNavLink_de51912cac9e4ac6199a4caa4c144cd4,
  "/src/admin/AuditDashboardView#AuditDashboardView": AuditDashboardView_388b073677502a2b7cdae7c0158cd07b,
  "/src/admin/SurveyResultsView#SurveyResultsView": SurveyResultsView_e9ea3a9aa4758da619f1cad4021e5d6d,
  "/src/admin/AppointmentsView#AppointmentsView": AppointmentsView_48657ad7c9f333ecec24dd925ba838bb,
  "/src/admin/TranslationsView#TranslationsView": TranslationsView_95518fd95ddaf66dd5d7ea003d0fc1d5,
  "/src/admin/ReviewQueueView#ReviewQueueView": ReviewQueueView_e9f721c8f5a6ab31da03d82a4c35926b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
