import { CompletenessCell as CompletenessCell_3a26c166d0f5f4d77355f71563eb6f2e } from '../../../admin/CompletenessCell'
import { CompletenessField as CompletenessField_62d186230ff1b5e7ff017550701f787c } from '../../../admin/CompletenessField'
import { CurrentPasswordField as CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2 } from '../../../components/CurrentPasswordField'
import { CompletenessNavLink as CompletenessNavLink_57c04bcfe6e822691c9d45e224a1147c } from '../../../admin/CompletenessNavLink'
import { CompletenessView as CompletenessView_81c31c0e47034e8fd2e2976c60c3239c } from '../../../admin/CompletenessView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/CompletenessCell#CompletenessCell": CompletenessCell_3a26c166d0f5f4d77355f71563eb6f2e,
  "/admin/CompletenessField#CompletenessField": CompletenessField_62d186230ff1b5e7ff017550701f787c,
  "/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2,
  "/admin/CompletenessNavLink#CompletenessNavLink": CompletenessNavLink_57c04bcfe6e822691c9d45e224a1147c,
  "/admin/CompletenessView#CompletenessView": CompletenessView_81c31c0e47034e8fd2e2976c60c3239c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
