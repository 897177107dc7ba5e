#include "sync/faultpoint.h"

#include <QByteArray>

#include <atomic>
#include <csignal>

namespace posbridge {

namespace {

struct FaultPointConfig
{
    bool active = false;
    QByteArray name;
    int killOnHit = 1;
    std::atomic<int> hits{0};

    FaultPointConfig()
    {
        const QByteArray value = qgetenv("POSBRIDGE_FAULT_POINT");
        if (value.isEmpty())
            return;
        const qsizetype at = value.indexOf('@');
        name = at < 0 ? value : value.left(at);
        if (at >= 0)
            killOnHit = qMax(1, value.mid(at + 1).toInt());
        active = !name.isEmpty();
    }
};

FaultPointConfig &config()
{
    static FaultPointConfig instance;
    return instance;
}

} // namespace

void FaultPoint::reached(const char *name)
{
    FaultPointConfig &settings = config();
    if (!settings.active || settings.name != name)
        return;
    if (settings.hits.fetch_add(1) + 1 >= settings.killOnHit)
        std::raise(SIGKILL);
}

} // namespace posbridge
