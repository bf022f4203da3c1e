#include "pipeline/name_evaluation.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;

namespace {
void write_set(const std::filesystem::path& folder, const std::string& names) {
  testing::write_test_file(folder / "names.tsv", names);
  testing::write_test_file(folder / "candidates.tsv", "1\tPeskov\n1\tPeshkov\n1\tLavrov\n"
                        "2\tErdogan\n2\tErdem\n2\tOrdogh\n"
                        "3\tal-Bab\n3\tBaba\n");
  testing::write_test_file(folder / "answers.tsv", "1\tPeskov\n2\tErdogan\n3\tal-Bab\n");
}
}  // namespace

TEST_CASE("name accuracy is the share of names whose best candidate is the answer, by grammatical form") {
  const auto folder = testing::scratch_folder("name_evaluation");
  write_set(folder, "id\tru\tform\n1\tПескова\tgen\n2\tЭрдоганом\tins\n3\tАль-Баб\tnom\n4\tНикто\tnom\n");
  const NameAccuracy accuracy = evaluate_names(folder.string());
  // Row 4 has no candidates and no answer: not counted.
  CHECK(accuracy.total == 3);
  CHECK(accuracy.correct == 3);
  CHECK(accuracy.overall() == Approx(1.0));
  CHECK(accuracy.by_form.at("gen") == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(accuracy.by_form.at("nom") == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(accuracy.oblique() == Approx(1.0));  // gen and ins, not nom
}

TEST_CASE("a name set row with too few fields is an input error naming the file and line") {
  const auto folder = testing::scratch_folder("name_evaluation_bad");
  write_set(folder, "id\tru\tform\n1\tПескова\tgen\n2\tЭрдоганом\n");
  CHECK_THROWS_WITH(evaluate_names(folder.string()), Catch::Contains("names.tsv:3"));
}
