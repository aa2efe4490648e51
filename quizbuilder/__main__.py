import sys

from quizbuilder.app import main

sys.exit(main())
