from calmdesk.cli.main import main

main()
