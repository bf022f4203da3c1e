#include "cli/commands.h"
#include "util/error.h"

namespace sverka::cli {

int run_check(const std::vector<std::string>&) {
  throw UsageError("sverka check: not available in this build yet; see the README's status section");
}

}  // namespace sverka::cli
