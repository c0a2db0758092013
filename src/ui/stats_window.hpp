#pragma once
// The statistics window: a totals line and three charts of the history the
// daemon keeps, refreshed when the window regains focus or a break ends.
#include <functional>
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

/// Receives the figures, or the failed reply (an empty object when none failed).
using StatsReady = std::function<void(const nlohmann::json& failure, StatsModel model)>;

/// Asks for the window's figures (`stats` for 14 days and for 7, for the
/// areas) and hands them to `ready` on the UI thread, unless `owner` (when
/// not null) is gone by then. Never waits.
void fetch_stats(DaemonLink& link, wxEvtHandler* owner, StatsReady ready);

}  // namespace unknot
