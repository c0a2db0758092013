// Skeleton: the launcher helper fills this in.
#include "service/ui_launcher.hpp"

namespace unknot {
struct UiLauncher::Impl {};
UiLauncher::UiLauncher(boost::asio::io_context&, std::filesystem::path)
    : impl_(std::make_unique<Impl>()) {}
UiLauncher::~UiLauncher() = default;
void UiLauncher::open(UiRole, const std::vector<std::string>&) {}
void UiLauncher::close(UiRole) {}
void UiLauncher::close_all() {}
bool UiLauncher::running(UiRole) const { return false; }
std::filesystem::path ui_program_path() { return "unknot-ui"; }
}  // namespace unknot
