//go:build !marsad_permissive

package syntax

import _ "embed"

// The full model, trained on UD Arabic-PADT and UD Arabic-PUD: it
// inherits PADT's CC BY-NC-SA 3.0 licence (non-commercial). Build with
// -tags marsad_permissive for the model trained on PUD alone.
//
//go:embed model/ud.model
var embeddedModel []byte

const embeddedName = "model/ud.model"

// permissiveBuild reports whether the embedded model is the permissive one.
const permissiveBuild = false
