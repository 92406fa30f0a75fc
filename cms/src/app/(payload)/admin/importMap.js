import { ViewOnSite as ViewOnSite_624b04450725e44e9a451f82a65b155f } from '../../../admin/ViewOnSite'
import { CompletenessCell as CompletenessCell_3a26c166d0f5f4d77355f71563eb6f2e } from '../../../admin/CompletenessCell'
import { CompletenessField as CompletenessField_62d186230ff1b5e7ff017550701f787c } from '../../../admin/CompletenessField'
import { CompletenessDiff as CompletenessDiff_5e335881734259ed51e71e902894d619 } from '../../../admin/CompletenessDiff'
import { KeepChangesAfterRefusal as KeepChangesAfterRefusal_8521e9979ef8c8bdc98def10774e74d8 } from '../../../admin/KeepChangesAfterRefusal'
import { SettleNewRows as SettleNewRows_475824d782040ff9d98a06b878fb52f4 } from '../../../admin/SettleNewRows'
import { ScheduleNewDocumentToPublish as ScheduleNewDocumentToPublish_8a824a7282cb5556aa308b3d095b059d } from '../../../admin/ScheduleNewDocumentToPublish'
import { VersionsView as VersionsView_9f1c1080a0e68434c53a4296555390ac } from '../../../admin/VersionsView'
import { CurrentPasswordField as CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2 } from '../../../components/CurrentPasswordField'
import { Avatar as Avatar_051a8e6fbba63b6fc9f16f39849661fd } from '../../../admin/Avatar'
import { Icon as Icon_ecb2d425e0c47f2704e0f6c0188b49d0 } from '../../../admin/Icon'
import { Logo as Logo_8c3bf6d9c8d24e4e81ab6192a4938147 } from '../../../admin/Logo'
import { CompletenessNavLink as CompletenessNavLink_57c04bcfe6e822691c9d45e224a1147c } from '../../../admin/CompletenessNavLink'
import { CoverageNavLink as CoverageNavLink_a24d9ae62d942ec84819ad90752f99b5 } from '../../../admin/CoverageNavLink'
import { EvaluationsNavLink as EvaluationsNavLink_d572d1fecfdf3075acc103a67ef4e452 } from '../../../evaluation/EvaluationsNavLink'
import { SiteUpdateStatus as SiteUpdateStatus_6988ddf1ff2edf8bd0b0fd5915bcfd3b } from '../../../admin/SiteUpdateStatus'
import { PasswordLength as PasswordLength_388fa8b20613f84e6b30d716bb819991 } from '../../../admin/PasswordLength'
import { DutchHardCoded as DutchHardCoded_1331940ce8432676a99645edebf997e8 } from '../../../admin/DutchHardCoded'
import { AccessibleNames as AccessibleNames_753194731585749582d488adc84a2484 } from '../../../admin/AccessibleNames'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CompletenessView as CompletenessView_81c31c0e47034e8fd2e2976c60c3239c } from '../../../admin/CompletenessView'
import { CoverageView as CoverageView_9176f1cac81fa8f9ba388bf6e7445a90 } from '../../../admin/CoverageView'
import { EvaluationsView as EvaluationsView_45b7d5cd4bd9c6c7b10463ad51fc2d97 } from '../../../evaluation/EvaluationsView'
import { CollectionCards as CollectionCards_def21fc9fd4bf57216d582ff0ee6b7c7 } from '../../../admin/CollectionCards'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/ViewOnSite#ViewOnSite": ViewOnSite_624b04450725e44e9a451f82a65b155f,
  "/admin/CompletenessCell#CompletenessCell": CompletenessCell_3a26c166d0f5f4d77355f71563eb6f2e,
  "/admin/CompletenessField#CompletenessField": CompletenessField_62d186230ff1b5e7ff017550701f787c,
  "/admin/CompletenessDiff#CompletenessDiff": CompletenessDiff_5e335881734259ed51e71e902894d619,
  "/admin/KeepChangesAfterRefusal#KeepChangesAfterRefusal": KeepChangesAfterRefusal_8521e9979ef8c8bdc98def10774e74d8,
  "/admin/SettleNewRows#SettleNewRows": SettleNewRows_475824d782040ff9d98a06b878fb52f4,
  "/admin/ScheduleNewDocumentToPublish#ScheduleNewDocumentToPublish": ScheduleNewDocumentToPublish_8a824a7282cb5556aa308b3d095b059d,
  "/admin/VersionsView#VersionsView": VersionsView_9f1c1080a0e68434c53a4296555390ac,
  "/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2,
  "/admin/Avatar#Avatar": Avatar_051a8e6fbba63b6fc9f16f39849661fd,
  "/admin/Icon#Icon": Icon_ecb2d425e0c47f2704e0f6c0188b49d0,
  "/admin/Logo#Logo": Logo_8c3bf6d9c8d24e4e81ab6192a4938147,
  "/admin/CompletenessNavLink#CompletenessNavLink": CompletenessNavLink_57c04bcfe6e822691c9d45e224a1147c,
  "/admin/CoverageNavLink#CoverageNavLink": CoverageNavLink_a24d9ae62d942ec84819ad90752f99b5,
  "/evaluation/EvaluationsNavLink#EvaluationsNavLink": EvaluationsNavLink_d572d1fecfdf3075acc103a67ef4e452,
  "/admin/SiteUpdateStatus#SiteUpdateStatus": SiteUpdateStatus_6988ddf1ff2edf8bd0b0fd5915bcfd3b,
  "/admin/PasswordLength#PasswordLength": PasswordLength_388fa8b20613f84e6b30d716bb819991,
  "/admin/DutchHardCoded#DutchHardCoded": DutchHardCoded_1331940ce8432676a99645edebf997e8,
  "/admin/AccessibleNames#AccessibleNames": AccessibleNames_753194731585749582d488adc84a2484,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/admin/CompletenessView#CompletenessView": CompletenessView_81c31c0e47034e8fd2e2976c60c3239c,
  "/admin/CoverageView#CoverageView": CoverageView_9176f1cac81fa8f9ba388bf6e7445a90,
  "/evaluation/EvaluationsView#EvaluationsView": EvaluationsView_45b7d5cd4bd9c6c7b10463ad51fc2d97,
  "/admin/CollectionCards#CollectionCards": CollectionCards_def21fc9fd4bf57216d582ff0ee6b7c7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
