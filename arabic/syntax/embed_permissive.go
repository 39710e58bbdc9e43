//go:build marsad_permissive

package syntax

import _ "embed"

// The permissive model, trained on UD Arabic-PUD alone (CC BY-SA 3.0).
//
//go:embed model/ud-permissive.model
var embeddedModel []byte

const embeddedName = "model/ud-permissive.model"

// permissiveBuild reports whether the embedded model is the permissive one.
const permissiveBuild = true
