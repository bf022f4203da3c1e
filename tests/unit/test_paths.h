// Where tests find the project's data: the compiled-in defaults, which the
// build points at the source tree's lexicons/ and the build's data/ folder.
#pragma once

#include "pipeline/language_resources.h"

namespace sverka::testing {
inline const Paths& paths() {
  static const Paths value = Paths::defaults();
  return value;
}
}  // namespace sverka::testing
