// Test helper for the Node tests, which cannot mint IDs themselves: prints a manifest
// in the compiler's format.
//   runtime_test_manifest KEY_BASE64 MODULE:EXPORT[:inline]...
#include "test_support.h"

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " KEY_BASE64 MODULE:EXPORT[:inline]...\n";
        return 2;
    }
    const auto key = actionc::Key::fromBase64(argv[1]);
    if (!key) {
        std::cerr << "not a key: " << argv[1] << "\n";
        return 2;
    }
    std::vector<actionc::testing::ActionSpec> actions;
    for (int i = 2; i < argc; ++i) {
        const std::string spec = argv[i];
        const std::size_t colon = spec.find(':');
        const std::size_t second = spec.find(':', colon + 1);
        if (colon == std::string::npos) {
            std::cerr << "bad action spec: " << spec << "\n";
            return 2;
        }
        actions.push_back({spec.substr(0, colon), spec.substr(colon + 1, second - colon - 1),
                           second == std::string::npos ? "module" : spec.substr(second + 1)});
    }
    std::cout << actionc::testing::manifestJson(*key, actions).dump(2) << "\n";
    return 0;
}
