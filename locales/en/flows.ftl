## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    Welcome! This bot runs several programs. Which one do you follow?
menu-program = Program
menu-register = Register a team
menu-join = Join a team
menu-team = My team
