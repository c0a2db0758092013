#pragma once
// The settings dialog without its widgets: which keys changed, what the
// loader says about a field, which keys are locked, the file note.
#include <utility>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

/// The keys of `edited` ({table: {key: value}}) whose value differs from
/// `original`: what `settings {"set": ...}` sends. Empty object when none.
nlohmann::json changed_values(const nlohmann::json& original, const nlohmann::json& edited);

/// What the config loader says about one field.
struct FieldProblem {
  std::string message;    ///< without the file position or key; "" when fine
  bool blocking = false;  ///< an error: the value cannot be saved
};

/// The config loader's first message for each key of `edited` ({table:
/// {key: value}}, read together so cross-key checks such as "every shorter
/// than duration" see the values on screen), keyed "table.key".
std::map<std::string, FieldProblem> field_problems(const nlohmann::json& edited);

/// field_problems for one field alone.
FieldProblem field_problem(const std::string& table, const std::string& key,
                           const nlohmann::json& value);

/// True when the `locked` list (from `settings`) holds the key or its table.
bool is_locked_key(const nlohmann::json& locked, const std::string& table, const std::string& key);

/// "Saved to ~/.config/unknot/settings.toml, which overrides config.toml"
/// (the home folder shown as ~).
std::string managed_file_note(const std::filesystem::path& managed,
                              const std::filesystem::path& home);

/// A working day "HH:MM-HH:MM" split into start and end; "" (a day off) gives
/// the usual 09:00 and 17:00 so a re-enabled day starts sensibly.
std::pair<std::string, std::string> split_working_day(const std::string& span);

/// A check list's value: the ids shown and checked, in list order, then the
/// ids `chosen` held that the list does not show (typed into config.toml, or
/// of exercises not loaded now), which stay chosen.
nlohmann::json checked_ids(const std::vector<std::string>& shown, const std::vector<bool>& checked,
                           const nlohmann::json& chosen);

/// The library's equipment ids ("tennis-ball") named in the user's language;
/// an unknown one made readable ("yoga-block" -> "Yoga block").
std::string equipment_name(const std::string& id);

}  // namespace unknot
