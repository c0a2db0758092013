#include "ui/settings_dialog_model.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "config/config_loader.hpp"
#include "config/settings_update.hpp"
#include "core/language.hpp"
#include "ui/translations.hpp"

// Marks static texts for the template (wx/intl.h is not included here).
#ifndef wxTRANSLATE
#define wxTRANSLATE(text) text
#endif

namespace unknot {

nlohmann::json changed_values(const nlohmann::json& original, const nlohmann::json& edited) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [table, keys] : edited.items()) {
    for (const auto& [key, value] : keys.items()) {
      const nlohmann::json before = original.contains(table) && original[table].contains(key)
                                        ? original[table][key]
                                        : nlohmann::json();
      if (before != value) out[table][key] = value;
    }
  }
  return out;
}

std::map<std::string, FieldProblem> field_problems(const nlohmann::json& edited) {
  std::map<std::string, FieldProblem> out;
  for (const Diagnostic& d : check_values(edited, "settings.toml")) {
    // Messages start with the key they are about: "micro.every: expected ...".
    for (const std::string& name : config_key_names()) {
      if (d.message.rfind(name, 0) != 0 || d.message.size() <= name.size()) continue;
      const char next = d.message[name.size()];
      if (next != ':' && next != ' ') continue;
      std::string text = d.message;
      if (next == ':') text = text.substr(std::min(text.size(), name.size() + 2));
      const bool blocking = d.severity == Diagnostic::Severity::error;
      auto [it, fresh] = out.try_emplace(name, FieldProblem{text, blocking});
      if (!fresh && blocking && !it->second.blocking) it->second = {text, blocking};
      break;
    }
  }
  return out;
}

FieldProblem field_problem(const std::string& table, const std::string& key,
                           const nlohmann::json& value) {
  auto found = field_problems({{table, {{key, value}}}});
  auto it = found.find(table + "." + key);
  return it == found.end() ? FieldProblem{} : it->second;
}

bool is_locked_key(const nlohmann::json& locked, const std::string& table, const std::string& key) {
  if (!locked.is_array()) return false;
  return std::any_of(locked.begin(), locked.end(), [&](const nlohmann::json& entry) {
    return entry == table || entry == table + "." + key;
  });
}

std::string managed_file_note(const std::filesystem::path& managed,
                              const std::filesystem::path& home) {
  std::string shown = managed.string();
  const std::string prefix = home.empty() ? std::string() : home.string() + "/";
  if (!prefix.empty() && shown.rfind(prefix, 0) == 0) shown = "~/" + shown.substr(prefix.size());
  return fill_in(ui_text("Saved to {0}, which overrides config.toml"), {shown});
}

std::pair<std::string, std::string> split_working_day(const std::string& span) {
  const auto dash = span.find('-');
  if (span.empty() || dash == std::string::npos) return {"09:00", "17:00"};
  return {span.substr(0, dash), span.substr(dash + 1)};
}

nlohmann::json checked_ids(const std::vector<std::string>& shown, const std::vector<bool>& checked,
                           const nlohmann::json& chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < shown.size() && i < checked.size(); ++i)
    if (checked[i]) out.push_back(shown[i]);
  if (!chosen.is_array()) return out;
  for (const auto& id : chosen)
    if (id.is_string() &&
        std::find(shown.begin(), shown.end(), id.get<std::string>()) == shown.end())
      out.push_back(id);
  return out;
}

std::string equipment_name(const std::string& id) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 7> kKnown{{
      {"tennis-ball", wxTRANSLATE("Tennis ball")},
      {"foam-roller", wxTRANSLATE("Foam roller")},
      {"wall", wxTRANSLATE("A free wall")},
      {"band", wxTRANSLATE("Resistance band")},
      {"stairs", wxTRANSLATE("Stairs")},
      {"chair", wxTRANSLATE("Chair")},
      {"desk", wxTRANSLATE("Desk")},
  }};
  for (const auto& [known, label] : kKnown)
    if (id == known) return ui_text(label);
  std::string name = id;
  for (auto& c : name)
    if (c == '-' || c == '_') c = ' ';
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

}  // namespace unknot
