#include "cli/commands.h"
#include "util/error.h"

namespace sverka::cli {

int run_quotes(const std::vector<std::string>&) {
  throw UsageError("sverka quotes: not available in this build yet; see the README's status section");
}

}  // namespace sverka::cli
