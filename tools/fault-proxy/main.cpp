// citizencard-fault-proxy: a TCP proxy that breaks connections on purpose,
// for the sync tests (tc netem and toxiproxy are not available here). Each
// exchange (the client speaking after the server has: a request on a
// kept-alive connection, or a new connection's handshake) gets a plan,
// drawn from a seeded random source:
//   pass      forwarded untouched
//   refuse    closed with a reset at once (before any request)
//   cut-up    closed after N bytes from the client (mid-handshake or
//             mid-request body: the server never sees the whole request)
//   cut-down  closed after N bytes from the server (mid-response: the
//             server did the work, the client never hears of it)
//   delay     every chunk held back 20-200 ms
//   stall     nothing forwarded; the client's own timeout ends it
// Usage: citizencard-fault-proxy --listen PORT --upstream HOST:PORT
//        [--fault-rate 0.35] [--seed N]
// Prints "listening on PORT" once bound; counts plans on stderr at exit.
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <random>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

enum class Plan { Pass, Refuse, CutUp, CutDown, Delay, Stall, Count };
const char *const kPlanNames[] = {"pass", "refuse", "cut-up", "cut-down", "delay", "stall"};

std::atomic<long> g_counts[int(Plan::Count)];
std::mutex g_randomMutex;
std::mt19937 g_random;

struct Options {
    int listenPort = 0;
    std::string upstreamHost = "127.0.0.1";
    int upstreamPort = 0;
    double faultRate = 0.35;
    unsigned seed = 1;
};

int draw(int low, int high) {
    std::lock_guard lock(g_randomMutex);
    return std::uniform_int_distribution<int>(low, high)(g_random);
}

Plan choosePlan(double faultRate) {
    std::lock_guard lock(g_randomMutex);
    if (std::uniform_real_distribution<double>(0, 1)(g_random) >= faultRate)
        return Plan::Pass;
    // Mostly cuts, which are what exactly-once is about.
    const int pick = std::uniform_int_distribution<int>(0, 9)(g_random);
    if (pick < 1)
        return Plan::Refuse;
    if (pick < 4)
        return Plan::CutUp;
    if (pick < 8)
        return Plan::CutDown;
    if (pick < 9)
        return Plan::Delay;
    return Plan::Stall;
}

void resetClose(int fd) {
    linger l{1, 0}; // close with RST
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    close(fd);
}

int connectUpstream(const Options &o) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const std::string port = std::to_string(o.upstreamPort);
    if (getaddrinfo(o.upstreamHost.c_str(), port.c_str(), &hints, &found) != 0)
        return -1;
    const int fd = socket(found->ai_family, found->ai_socktype, 0);
    if (fd >= 0 && connect(fd, found->ai_addr, found->ai_addrlen) != 0) {
        close(fd);
        freeaddrinfo(found);
        return -1;
    }
    freeaddrinfo(found);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const char *data, ssize_t length) {
    while (length > 0) {
        const ssize_t n = send(fd, data, size_t(length), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        length -= n;
    }
    return true;
}

void serve(int client, Options o) {
    const int upstream = connectUpstream(o);
    if (upstream < 0) {
        resetClose(client);
        return;
    }
    // A plan for each exchange: drawn when the client starts sending after
    // the server last spoke (a new request on a kept-alive connection, or
    // the TLS handshake of a new one).
    Plan plan = Plan::Pass;
    bool serverSpoke = true;
    long budgetUp = -1;   // bytes from the client still forwarded before the cut
    long budgetDown = -1; // bytes from the server still forwarded before the cut
    pollfd fds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
    char buffer[16384];
    bool done = false;
    while (!done && poll(fds, 2, 30000) > 0) {
        for (int side = 0; side < 2 && !done; ++side) {
            if (!(fds[side].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = recv(fds[side].fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                done = true;
                break;
            }
            if (side == 0 && serverSpoke) {
                serverSpoke = false;
                plan = choosePlan(o.faultRate);
                ++g_counts[int(plan)];
                budgetUp = plan == Plan::CutUp ? draw(0, int(n) + 2000) : -1;
                budgetDown = plan == Plan::CutDown ? draw(0, 200) : -1;
                if (plan == Plan::Refuse) {
                    done = true;
                    break;
                }
            }
            if (side == 1)
                serverSpoke = true;
            if (plan == Plan::Stall)
                continue; // swallowed: the client times out
            if (plan == Plan::Delay)
                std::this_thread::sleep_for(std::chrono::milliseconds(draw(20, 200)));
            long &budget = side == 0 ? budgetUp : budgetDown;
            ssize_t forward = n;
            if (budget >= 0 && forward > budget)
                forward = ssize_t(budget);
            if (forward > 0 && !sendAll(fds[1 - side].fd, buffer, forward))
                done = true;
            if (budget >= 0 && (budget -= forward) <= 0 && forward < n)
                done = true;
        }
    }
    resetClose(client);
    resetClose(upstream);
}

bool parse(int argc, char **argv, Options &o) {
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const std::string value = argv[i + 1];
        if (key == "--listen")
            o.listenPort = std::atoi(value.c_str());
        else if (key == "--upstream") {
            const size_t colon = value.rfind(':');
            if (colon == std::string::npos)
                return false;
            o.upstreamHost = value.substr(0, colon);
            o.upstreamPort = std::atoi(value.c_str() + colon + 1);
        } else if (key == "--fault-rate")
            o.faultRate = std::atof(value.c_str());
        else if (key == "--seed")
            o.seed = unsigned(std::strtoul(value.c_str(), nullptr, 10));
        else
            return false;
    }
    return o.upstreamPort > 0;
}

void report(int) {
    for (int p = 0; p < int(Plan::Count); ++p)
        std::fprintf(stderr, "%s %ld\n", kPlanNames[p], g_counts[p].load());
    std::_Exit(0);
}

} // namespace

int main(int argc, char **argv) {
    Options o;
    if (!parse(argc, argv, o)) {
        std::fprintf(stderr, "usage: citizencard-fault-proxy --listen PORT --upstream HOST:PORT "
                             "[--fault-rate R] [--seed N]\n");
        return 2;
    }
    g_random.seed(o.seed);
    std::signal(SIGTERM, report);
    std::signal(SIGINT, report);
    std::signal(SIGPIPE, SIG_IGN);
    const int server = socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(uint16_t(o.listenPort));
    if (bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        listen(server, 128) != 0) {
        std::perror("citizencard-fault-proxy: listen");
        return 3;
    }
    socklen_t length = sizeof address;
    getsockname(server, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("listening on %d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    for (;;) {
        const int client = accept(server, nullptr, nullptr);
        if (client < 0)
            continue;
        setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::thread(serve, client, o).detach();
    }
}
