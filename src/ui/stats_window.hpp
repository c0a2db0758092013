#pragma once
// The statistics window: a totals line and three charts of the history the
// daemon keeps, refreshed when the window regains focus or a break ends.
#include <string>

#include <nlohmann/json.hpp>
#include <wx/frame.h>

#include "ui/stats_window_model.hpp"

class wxStaticText;
class wxPanel;
class wxSizer;

namespace unknot {

class DaemonLink;
class BreaksChart;
class SittingChart;
class AreasChart;

class StatsWindow : public wxFrame {
 public:
  /// A window showing `model`; it asks `link` for fresh figures later on.
  StatsWindow(DaemonLink& link, StatsModel model);

 private:
  wxPanel* build_charts(wxWindow* parent);
  wxPanel* build_empty_state(wxWindow* parent);
  void bind_keys();
  void show_model();
  void reload();
  void on_status(const nlohmann::json& status);
  void show_error(const nlohmann::json& reply);

  DaemonLink& link_;
  StatsModel model_;
  wxPanel* root_ = nullptr;
  wxStaticText* totals_ = nullptr;
  wxPanel* charts_ = nullptr;
  wxPanel* empty_ = nullptr;
  BreaksChart* breaks_ = nullptr;
  SittingChart* sitting_ = nullptr;
  AreasChart* areas_ = nullptr;
  std::string last_state_;
  bool loading_ = false;
};

/// Reads the figures for the window: `stats` for 14 days and for 7 (areas).
/// Returns the failed reply instead when the daemon refused or is gone.
nlohmann::json fetch_stats_now(DaemonLink& link, StatsModel& model);

}  // namespace unknot
