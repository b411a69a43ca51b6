"""What the packaged executable runs: the same ``main()`` as the ``alliance-desk`` script."""

import sys

from alliance_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
