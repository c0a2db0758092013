#include "protocol/figure_json.hpp"

#include <algorithm>
#include <string>

namespace unknot {

namespace {

using nlohmann::json;

/// The index of `name` in `names`, which list an enum's values in order.
std::optional<int> index_of(const std::vector<std::string_view>& names, const json& name) {
  if (!name.is_string()) return std::nullopt;
  const auto it = std::find(names.begin(), names.end(), name.get<std::string>());
  if (it == names.end()) return std::nullopt;
  return static_cast<int>(it - names.begin());
}

json setting_json(const JointSetting& s) {
  json out = json::object();
  if (s.flex) out["flex"] = *s.flex;
  if (s.abd) out["abd"] = *s.abd;
  if (s.rot) out["rot"] = *s.rot;
  return out;
}

std::optional<double> angle(const json& setting, const char* name) {
  const auto it = setting.find(name);
  if (it == setting.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

json key_json(const FigureKey& key) {
  json joints = json::object();
  for (std::size_t i = 0; i < kJointCount; ++i)
    if (key.joints[i])
      joints[std::string(to_string(static_cast<Joint>(i)))] = setting_json(*key.joints[i]);
  return json{{"name", key.name}, {"dur", key.dur}, {"hold", key.hold}, {"joints", joints}};
}

FigureKey read_key(const json& in) {
  FigureKey key;
  if (const auto name = in.find("name"); name != in.end() && name->is_string())
    key.name = name->get<std::string>();
  if (const auto dur = angle(in, "dur")) key.dur = std::max(*dur, 0.0);
  if (const auto hold = in.find("hold"); hold != in.end() && hold->is_boolean())
    key.hold = hold->get<bool>();
  const auto joints = in.find("joints");
  if (joints == in.end() || !joints->is_object()) return key;
  for (const auto& [name, setting] : joints->items()) {
    const auto joint = joint_from_string(name);
    if (!joint || !setting.is_object()) continue;
    key.joints[static_cast<std::size_t>(*joint)] =
        JointSetting{angle(setting, "flex"), angle(setting, "abd"), angle(setting, "rot")};
  }
  return key;
}

}  // namespace

json figure_json(const Figure& figure) {
  json props = json::array();
  for (FigureProp prop : figure.props) props.push_back(std::string(to_string(prop)));
  json keys = json::array();
  for (const FigureKey& key : figure.keys) keys.push_back(key_json(key));
  return json{{"view", std::string(to_string(figure.view))},
              {"base", std::string(to_string(figure.base))},
              {"sides", figure.mirror ? "mirror" : "one"},
              {"props", props},
              {"focus", std::string(to_string(figure.focus))},
              {"keys", keys}};
}

std::optional<Figure> read_figure(const json& in) {
  if (!in.is_object()) return std::nullopt;
  const auto view = index_of(figure_view_names(), in.value("view", json("side")));
  const auto base = index_of(figure_base_names(), in.value("base", json("sit-tall")));
  const auto focus = index_of(figure_focus_names(), in.value("focus", json("body")));
  if (!view || !base || !focus) return std::nullopt;
  Figure figure;
  figure.view = static_cast<FigureView>(*view);
  figure.base = static_cast<FigureBase>(*base);
  figure.focus = static_cast<FigureFocus>(*focus);
  figure.mirror = in.value("sides", json("one")) == "mirror";
  if (const auto props = in.find("props"); props != in.end() && props->is_array())
    for (const json& name : *props) {
      const auto prop = index_of(figure_prop_names(), name);
      if (!prop) return std::nullopt;
      figure.props.push_back(static_cast<FigureProp>(*prop));
    }
  if (const auto keys = in.find("keys"); keys != in.end() && keys->is_array())
    for (const json& key : *keys)
      if (key.is_object()) figure.keys.push_back(read_key(key));
  if (figure.keys.empty()) return std::nullopt;
  return figure;
}

}  // namespace unknot
