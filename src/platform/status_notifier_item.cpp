#include "platform/status_notifier_item.hpp"

namespace unknot {
StatusNotifierItem::StatusNotifierItem() = default;
StatusNotifierItem::~StatusNotifierItem() = default;
}  // namespace unknot
