import sys

from kbfa.cli import main

sys.exit(main())
